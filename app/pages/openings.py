import streamlit as st

st.title("openings")
