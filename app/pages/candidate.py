import streamlit as st

st.title("candidate")
