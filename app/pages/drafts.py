import streamlit as st

st.title("drafts")
